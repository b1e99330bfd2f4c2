package warcpage_test

import (
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/declutter/declutter/warcpage"
)

func Example() {
	page := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<title>Hello</title><p>World.</p>"
	crawl := "WARC/1.1\r\n" +
		"WARC-Type: response\r\n" +
		"WARC-Record-ID: <urn:uuid:6f0a3c44-0b1e-4a55-9d4e-2f1a7c1b9e01>\r\n" +
		"WARC-Date: 2024-05-03T10:00:00Z\r\n" +
		"WARC-Target-URI: https://news.example/hello\r\n" +
		"Content-Type: application/http; msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(page)) + page + "\r\n\r\n"

	r, err := warcpage.NewReader(strings.NewReader(crawl), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err) // a *RecordError: reading goes on
			continue
		}
		body, err := p.Body()
		if err != nil {
			log.Fatal(err)
		}
		html, _ := io.ReadAll(body)
		p.Close()
		fmt.Println(p.URI, p.Date, p.RecordID)
		fmt.Println(p.ContentType)
		fmt.Println(string(html))
	}
	// Output:
	// https://news.example/hello 2024-05-03T10:00:00Z urn:uuid:6f0a3c44-0b1e-4a55-9d4e-2f1a7c1b9e01
	// text/html; charset=utf-8
	// <title>Hello</title><p>World.</p>
}
