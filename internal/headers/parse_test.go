package headers

import "io"

// Parse is ParseWith with the zero Options and no outcome: what most tests need.
func Parse(r io.Reader, emit func(Response) error) error {
	_, err := ParseWith(r, Options{}, emit)
	return err
}
