php phpstream.php $B/r1
