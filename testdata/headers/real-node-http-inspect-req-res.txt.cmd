node nodeinspect.mjs $B/dup
