# audit3 (2026-12-07): a support ticket by hand: a reply quoting an e-mail ("> ") that pastes the header line, and mentions a request header in prose
