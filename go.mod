module github.com/declutter/declutter

go 1.24.0

require (
	github.com/itlightning/dateparse v0.2.1
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
