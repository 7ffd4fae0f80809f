package cmd

import "syscall"

const ioctlReadTermios = syscall.TCGETS
