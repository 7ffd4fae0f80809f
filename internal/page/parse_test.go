package page

import "io"

// Parse and ParseHTML are the tests' short forms of ParseWith and parseHTML with no options: the binary
// always passes options, so these live with the tests.
func Parse(r io.Reader) (*Page, error) { return ParseWith(r, Options{}) }

func ParseHTML(r io.Reader) (*Page, error) { return parseHTML(r, Options{}) }
