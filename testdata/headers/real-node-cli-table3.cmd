NODE_PATH=.../node_modules node tables.cjs cli-table3  (cli-table3 0.6.5 from newman's npm tree; its default colours kept)
