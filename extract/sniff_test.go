package extract

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestLooksLikeHTML(t *testing.T) {
	utf16 := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, tc := range []struct {
		input string
		html  bool
	}{
		// pages
		{"<!DOCTYPE html><html><head>", true},
		{"<!doctype html>", true},
		{"<html lang=en>", true},
		{"<!-- saved from url -->\n<html>", true},
		{"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		// fragments
		{"<h1>Harbour ferry returns</h1><p>The ferry…", true},
		{"<section class=\"story\">", true},
		{"<table>", true},
		{"<br>Text", true},
		{"<br/>Text", true},
		{"<BR>", true},
		{"<p>", true},
		{"<p\nclass=lead>", true},
		{"<article>", true},
		{"<div id=main>", true},
		{"<a href=/news>", true},
		{"<figure><img src=a.jpg>", true},
		// what may come before
		{"   \n\t<h2>Sub</h2>", true},
		{"\ufeff<section>", true},
		{"\ufeff \r\n<table>", true},
		{utf16("\ufeff<section><p>Text</p>"), true},
		{utf16("<h1>Title</h1>"), true},
		// near misses
		{"<3 you, Portland", false},
		{"< 5 km from the coast", false},
		{"<<Breaking>> Harbour closes", false},
		{"<brand new> ferry", false},
		{"<pre-order now", false},
		{"<html5 arrives", false},
		{"<h7>", false},
		{"<Reuters> Harbour closes", false},
		{"<p", false},
		{"<", false},
		{"", false},
		{"Harbour ferry returns <p>", false},
		{"Read in Apple News\n<h1>", false},
		{"<?xml version=\"1.0\"?><rss version=\"2.0\">", false},
		{"\ufeffHarbour ferry", false},
	} {
		if got := looksLikeHTML([]byte(tc.input), ""); got != tc.html {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tc.input, got, tc.html)
		}
	}
}

func TestLooksLikeHTMLContentType(t *testing.T) {
	for _, tc := range []struct {
		contentType, input string
		html               bool
	}{
		{"text/html; charset=utf-8", "Harbour ferry returns", true},
		{"application/xhtml+xml", "Harbour ferry returns", true},
		{"TEXT/HTML", "Harbour ferry returns", true},
		{"text/plain; charset=utf-8", "<h1>Harbour ferry returns</h1>", false},
		{"application/octet-stream", "<h1>Harbour ferry returns</h1>", true},
		{"application/octet-stream", "<3 you", false},
	} {
		if got := looksLikeHTML([]byte(tc.input), tc.contentType); got != tc.html {
			t.Errorf("looksLikeHTML(%q, %q) = %v, want %v", tc.input, tc.contentType, got, tc.html)
		}
	}
}

// TestFromReadsAFragmentAsHTML: a fragment without <html> or <body> takes
// the HTML path, so no markup reaches the article.
func TestFromReadsAFragmentAsHTML(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const fragment = "\ufeff\n<section><h1>Harbour ferry returns after six-month repair</h1>" +
		"<p>The ferry that links the old town with the east quay returned to service on Monday after six months in dry dock, its operator said.</p>" +
		"<p>The 40-year-old vessel needed a new engine and a rebuilt ramp after it failed a safety inspection in the spring.</p></section>"
	a, err := e.From(strings.NewReader(fragment), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour ferry returns after six-month repair" || len(a.Body) != 2 || strings.Contains(a.Text(), "<") {
		t.Errorf("From(fragment): title %q, body %q", a.Title, a.Text())
	}
}

// TestFromKeepsNearMissesAsText: text that merely starts with "<" takes the
// text path, so nothing of it is parsed away as markup.
func TestFromKeepsNearMissesAsText(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const page = "< 5 km from the coast, the harbour ferry returns after a six-month repair\n\n" +
		"The ferry that links the old town with the east quay returned to service on Monday after six months in dry dock, its operator said.\n\n" +
		"The 40-year-old vessel needed a new engine and a rebuilt ramp <b>after</b> it failed a safety inspection in the spring.\n"
	a, err := e.From(strings.NewReader(page), Source{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Title+a.Text(), "< 5 km") || !strings.Contains(a.Text(), "ramp <b>after</b> it") {
		t.Errorf("From(text): title %q, body %q", a.Title, a.Text())
	}
}
