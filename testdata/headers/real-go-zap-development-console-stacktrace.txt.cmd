progs/golog/golog zapdev $U/notset $U/list
