Hand-made: application log lines that carry the header inline, in the shapes services and their
proxies commonly print (key=value, key: value, quoted, with a comma list), with lines that mention
the name without a value, in a URL, or under another name, which must not count.
