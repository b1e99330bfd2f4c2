module github.com/declutter/declutter

go 1.24.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3
	github.com/itlightning/dateparse v0.2.1
	github.com/nlnwa/gowarc/v3 v3.1.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.50.0
	golang.org/x/text v0.34.0
)

require (
	github.com/andybalholm/cascadia v1.3.3 // indirect
	github.com/bits-and-blooms/bitset v1.24.0 // indirect
	github.com/go-shiori/dom v0.0.0-20230515143342-73569d674e1c // indirect
	github.com/gogs/chardet v0.0.0-20211120154057-b7413eaefb8f // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/compress v1.18.0 // indirect
	github.com/nlnwa/whatwg-url v0.6.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
