cd ../pw && node axios-error.cjs $B/list $B/notset
