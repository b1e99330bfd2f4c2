package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// A progress bar on a terminal's standard error; it draws nothing when
// stderr is a file or a pipe, or when there is only one page. When the
// number of pages is not known ahead, as in a WARC file, it counts them.
type progress struct {
	w     io.Writer // nil when off
	total int       // 0 when not known
	drawn time.Time
}

// progressWidth is the bar's width in cells, short enough for any terminal
// beside the count.
const progressWidth = 30

// progressEvery limits redrawing: a terminal cannot show more, and a batch
// of many small pages would spend its time drawing.
const progressEvery = 100 * time.Millisecond

func newProgress(stderr io.Writer, total int) *progress {
	p := &progress{total: total}
	if total != 1 && isTerminal(stderr) {
		p.w = stderr
	}
	return p
}

func (p *progress) update(done int) {
	if p.w == nil || ((p.total == 0 || done < p.total) && time.Since(p.drawn) < progressEvery) {
		return
	}
	p.drawn = time.Now()
	if p.total == 0 {
		fmt.Fprintf(p.w, "\r%d pages", done)
		return
	}
	fmt.Fprint(p.w, "\r"+progressLine(done, p.total))
}

// clear erases the bar so that the summary line takes its place.
func (p *progress) clear() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// progressLine draws "[=======>      ] 12/33 pages".
func progressLine(done, total int) string {
	if total <= 0 {
		return ""
	}
	done = max(0, min(done, total))
	filled := done * progressWidth / total
	bar := strings.Repeat("=", filled)
	if filled < progressWidth {
		bar += ">" + strings.Repeat(" ", progressWidth-filled-1)
	}
	return fmt.Sprintf("[%s] %d/%d pages", bar, done, total)
}

// isTerminal reports whether f is a terminal, without a dependency: a
// terminal is a character device, a file or a pipe is not.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	if !ok {
		return false
	}
	info, err := file.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
