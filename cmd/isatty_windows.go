package cmd

import "syscall"

// isatty reports whether fd is a console, by asking for its console mode, which only a console
// handle has. Any failure means "not a terminal", never an error: pipes, files and NUL fail it, and
// so does a handle that Wine cannot describe ("Invalid handle"). It deliberately does not Stat the
// file: under Wine, Stat on stdout redirected to a file fails (GetFileInformationByHandle: Invalid
// handle), and NUL stats as a character device, which would pass for a terminal.
func isatty(fd uintptr) bool {
	h := syscall.Handle(fd)
	if h == syscall.InvalidHandle || h == 0 {
		return false // no such stream, as in a process started without a console
	}
	var mode uint32
	return syscall.GetConsoleMode(h, &mode) == nil
}
