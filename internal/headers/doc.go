// Package headers finds every mtapistatus value a response carried, in whatever a user pastes or
// pipes in: raw HTTP, debug and trace output of clients and proxies, packet dumps, browser and
// tool copies, JSON documents and printed objects, logs. It reads its input once, in constant
// memory, and reports each response as soon as it ends. docs/formats.md lists what it reads.
//
// # The flow
//
//	bytes ─▶ line source ─▶ readers (one table) ─▶ records ─▶ decide ─▶ Response ─▶ emit
//
// ParseWith (headers.go) is the whole API: a reader of bytes in, Responses and an Outcome out, with
// Options for a forced reader (--format), an account of every decision (--explain, explain.go) and
// the moment to flush a live stream's output.
//
//  1. The line source turns bytes into lines. textReader (headers.go) decides the encoding from a
//     bounded look-ahead (lookahead: the first non-blank line or two, at most 4 KiB, or less where
//     the input ends first), never from what one read happened to return: UTF-8 with or without a
//     byte-order mark, UTF-16 (utf16.go), a copytruncate hole of NULs, binary data refused. The
//     paste reader (paste.go) undoes what chat and e-mail do to a paste (NBSP, zero-width
//     characters, smart quotes, "> " reply quoting, Markdown fences, table rows); prefix.go takes
//     off a log prefix learned from the first lines that carry HTTP text (Feign's method tag and
//     arrows too, read_feign.go); a wrapper reader that the first non-blank line claims takes
//     each line apart before the others see it (CRI container records, read_cri.go; tcpflow's
//     flow labels, read_tcpflow.go); hexdump.go and the
//     packet reader pass over the noise of dumps. Whether the input is idle may flush output (the
//     caller's waitReader), never decide an answer.
//  2. The readers (readers.go) are one ordered table. The json reader claims a whole document from
//     the look-ahead (sniff) and keeps it: structured.go's lenient tokenizer and frame stack read
//     JSON, HAR and the objects languages print by their shape (where a program prints the
//     request's and the response's, read_sides.go tells them apart by evidence), and the JSON
//     families listed in its table entry read the tools that name their objects in words of their
//     own (json_families.go): OTLP (otlp.go), Chrome DevTools Protocol events (cdp.go), Chromium's
//     NetLog (read_netlog.go), tshark -T json (json_tshark.go). The frame stack shows a family only
//     the members, and the brackets opened, under keys it declared, and anything inside a frame
//     where it keeps state (its byte of the frame's slots); it reads what the frame stack decided
//     and may decide otherwise (a CDP event's params are read, other params are a request's).
//     Otherwise the text is read a line at a time (text.go): a line goes first to the
//     marker readers whose marker lines can start with its first byte (curl-trace, nghttp,
//     python-http, w3c, tshark, ruby-http, okhttp, powershell; each in its read_*.go); one that
//     claims it keeps the input (its mode) and unwraps each line for the HTTP reader. The other
//     lines go to the line readers: xml, packets, ci, sections, tables, and the HTTP reader
//     (text.go: status lines, header blocks, curl -v's sides, bodies framed by Content-Length or
//     chunks in framing.go; rows a terminal pane wrapped in wrapped.go) with the log reader for fields inside a line (logfields.go,
//     embedded.go). Each reader keeps its own state in its own struct.
//  3. Readers emit records (record.go): a message starts (a status line, or a request), an
//     mtapistatus field or its continuation, the message ends; each with its role (response,
//     request, other) decided from evidence: a status line, the tool's own direction marks, the
//     place after the request it answers (answer.go).
//  4. The decision layer (decide.go) is the only place a Response is made. Only a response's own
//     mtapistatus field counts; a field on the request side, in a body, in another field's value,
//     or in a message printed after every request was answered never does. It splits and bounds the
//     values (MaxValues, MaxValueLen), numbers the responses, and hands each to emit when it ends.
//
// Most lines of a large input matter to no reader. pass.go passes over them before the line source
// and the readers see them, with one automaton built from what every reader declares it could want
// (reader.wants); scan.go finds in bulk, with vector code on amd64, where the strings those
// declarations name may start.
//
// The answer never depends on how the bytes were split into reads (chunking_test.go, FuzzChunking),
// nor on --explain (readers_test.go); every value reported is a substring of the input, or of the
// rows a terminal pane wrapped it into, joined (wrapped.go).
package headers
