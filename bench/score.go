package main

import "strings"

// Confusion counts snippet outcomes, as in go-trafilatura's
// scripts/comparison/content.go (evaluateEntry):
//
//   - a With snippet found in the output is a true positive, else a false negative;
//   - a Without snippet found in the output is a false positive, else a true negative.
//
// Matching is a plain, case-sensitive strings.Contains on the extractor's
// text with no normalisation. An empty output gives FN for every With and TN
// for every Without.
type Confusion struct {
	TP int `json:"tp"`
	FN int `json:"fn"`
	FP int `json:"fp"`
	TN int `json:"tn"`
}

// Evaluate scores one extraction text against a page's snippets.
func Evaluate(with, without []string, text string) Confusion {
	var c Confusion
	if text == "" {
		c.FN = len(with)
		c.TN = len(without)
		return c
	}
	for _, s := range with {
		if strings.Contains(text, s) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(text, s) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// Add accumulates o into c.
func (c *Confusion) Add(o Confusion) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// Precision is TP / (TP + FP).
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN).
func (c Confusion) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// Accuracy is (TP + TN) / all.
func (c Confusion) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

// F1 is 2TP / (2TP + FP + FN), the harmonic mean of precision and recall.
func (c Confusion) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// ratio is n/d, with 0 (not NaN) for an empty denominator.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
