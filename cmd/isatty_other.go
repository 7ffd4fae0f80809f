//go:build !linux && !darwin && !windows

package cmd

import "os"

// isatty falls back to "is a character device" where no terminal ioctl is wired up.
func isatty(fd uintptr) bool {
	fi, err := os.NewFile(fd, "").Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
