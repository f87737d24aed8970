# Orders & picking, returns (issue 5): unit tests, documents, benchmark smoke run.
tracelot_add_unit_test(tst_orders)
tracelot_add_unit_test(tst_returns)
add_executable(bench_orders ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_orders.cpp)
target_link_libraries(bench_orders PRIVATE tracelot_core tracelot_warnings)
add_test(NAME bench_orders_smoke COMMAND bench_orders --orders 20 --lots 2000 --products 10)
set_tests_properties(bench_orders_smoke PROPERTIES LABELS "bench;unit")
# Pick list and packing slip (PDF, checked with pdftotext).
tracelot_add_unit_test(tst_orderdocuments)
target_link_libraries(tst_orderdocuments PRIVATE tracelot_reports)
