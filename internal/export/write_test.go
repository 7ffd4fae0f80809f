package export

import "io"

// Write writes d in format to w: Render, then one write.
func Write(w io.Writer, format string, d Data, o Options) error {
	out, err := Render(format, d, o)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}
