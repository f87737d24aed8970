# Sync (issue #7): server core and workstation engine, in-process on SQLite and on a real
# PostgreSQL the tests start themselves (tests/sync/pgserver.*).
add_library(tracelot_synctestsupport STATIC ${CMAKE_CURRENT_SOURCE_DIR}/sync/pgserver.cpp)
target_include_directories(tracelot_synctestsupport PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/sync)
target_link_libraries(tracelot_synctestsupport PUBLIC Qt6::Core Qt6::Network PRIVATE tracelot_warnings)

tracelot_add_unit_test(tst_sync)
tracelot_add_unit_test(tst_gzip)
target_link_libraries(tst_sync PRIVATE tracelot_synctestsupport)
set_tests_properties(tst_sync PROPERTIES TIMEOUT 300)

# Benchmark (prints its figures and the command to reproduce them); the smoke run is tiny.
add_executable(bench_sync ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE tracelot_core tracelot_synctestsupport tracelot_warnings)
add_test(NAME bench_sync_smoke COMMAND bench_sync --backend sqlite --commands 300 --samples 10 --batch 100 --page 100)
set_tests_properties(bench_sync_smoke PROPERTIES LABELS "bench;unit" TIMEOUT 120)
add_test(NAME bench_sync_wire_smoke COMMAND bench_sync --backend sqlite --commands 300 --samples 5 --batch 100 --page 100 --wire)
set_tests_properties(bench_sync_wire_smoke PROPERTIES LABELS "bench;unit" TIMEOUT 120)

# Sync over real HTTPS in one process (tracelot-server's routes, a test CA made with openssl):
# re-authentication after a 401 resends the same batch, long-poll A→B, expired device secret.
tracelot_add_unit_test(tst_synchttps)
target_link_libraries(tst_synchttps PRIVATE tracelot_server_lib)
set_tests_properties(tst_synchttps PROPERTIES TIMEOUT 120)

# Event schema versions: stored samples of every old version (tests/data/events), an old
# event arriving by sync, a command queued by the old version surviving the upgrade.
tracelot_add_unit_test(tst_upcast)
target_compile_definitions(tst_upcast PRIVATE TRACELOT_EVENT_SAMPLES="${CMAKE_CURRENT_SOURCE_DIR}/data/events")
