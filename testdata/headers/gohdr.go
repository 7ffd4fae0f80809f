//go:build ignore

// Prints a response's headers the three ways Go programs usually do (used by capture.sh).
package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	resp, err := http.Get(os.Args[1])
	if err != nil {
		panic(err)
	}
	resp.Header.Del("Date")
	fmt.Println(resp.Header)
	fmt.Printf("%#v\n", resp.Header)
	resp.Header.Write(os.Stdout)
}
