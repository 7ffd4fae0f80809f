//go:build ignore

// A tiny MTAPI-like server on loopback for capturing real responses with real clients; see
// capture.sh, which starts it and records every capture next to the command that made it.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body) // reading the body makes Go answer Expect: 100-continue
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("mtapistatus", "617020")
		w.Header().Set("X-MtApiStatus-Trace", "999999")
		w.Header().Set("mtapistatus-detail", "888888")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintln(w, `{"message": "Update date cannot be in future.", "mtapistatus": "601000"}`)
		fmt.Fprintln(w, "mtapistatus: 601001")
	})
	mux.HandleFunc("/multi", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("mtapistatus", "617020,901002")
		w.Header().Add("MtApiStatus", "4041001")
		w.WriteHeader(http.StatusBadRequest)
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("mtapistatus", "-1")
		http.Redirect(w, r, "/error", http.StatusFound)
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("mtapistatus", "-1")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/none", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "no status here")
	})
	// A JSON body without a trailing newline: curl -si URL1 URL2 glues the next status line to it.
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("mtapistatus", "617020")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"message":"Update date cannot be in future.","mtapistatus":"601000"}`)
	})
	mux.HandleFunc("/json-ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("mtapistatus", "-1")
		fmt.Fprint(w, `{"ok":true}`)
	})
	mux.HandleFunc("/redirect-json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("mtapistatus", "-1")
		http.Redirect(w, r, "/json", http.StatusFound)
	})
	// The status known only after the body: sent as a chunked-encoding trailer (HTTP/1.1) or a
	// trailing HEADERS frame (HTTP/2).
	mux.HandleFunc("/trailer", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trailer", "mtapistatus")
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusOK)
		fmt.Fprintln(w, "streamed body")
		w.(http.Flusher).Flush()
		w.Header().Set("mtapistatus", "901002")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:"+os.Args[1])
	if err != nil {
		panic(err)
	}
	// HTTP/1.1 and h2c with prior knowledge (nghttp), from the standard library alone.
	srv := &http.Server{Handler: mux, Protocols: new(http.Protocols)}
	srv.Protocols.SetHTTP1(true)
	srv.Protocols.SetUnencryptedHTTP2(true)
	srv.Serve(ln)
}
