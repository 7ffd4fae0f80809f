package cmd

//go:generate go run ../internal/tools/gendocs -out ..
