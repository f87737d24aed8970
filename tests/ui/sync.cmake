# Sync (issue #7): the sync view models on real databases, with a real in-process sync
# server (the same core the HTTPS server runs) producing the conflict the page shows, and
# the sync engine's own thread against a server that is not there.
tracelot_add_ui_test(tst_syncviewmodel)
set_tests_properties(tst_syncviewmodel PROPERTIES TIMEOUT 120)
