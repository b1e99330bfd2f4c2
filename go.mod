module github.com/declutter/declutter

go 1.24.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3
	github.com/itlightning/dateparse v0.2.1
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.50.0
	golang.org/x/text v0.34.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
