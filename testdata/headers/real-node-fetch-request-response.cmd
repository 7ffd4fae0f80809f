node nodefetch.mjs $B/list
