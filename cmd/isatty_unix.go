//go:build linux || darwin

package cmd

import (
	"syscall"
	"unsafe"
)

// isatty asks the terminal driver for the descriptor's settings, which only a terminal has.
func isatty(fd uintptr) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, ioctlReadTermios, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
