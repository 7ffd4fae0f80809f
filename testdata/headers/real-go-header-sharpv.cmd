./godump sharpv $B/single
