# Traceability & recall (issue 6): genealogy, trace, recall, FSMA 204 export, recall report.
tracelot_add_unit_test(tst_trace)
tracelot_add_unit_test(tst_recall)
tracelot_add_unit_test(tst_fsma)
target_link_libraries(tst_fsma PRIVATE tracelot_reports)
add_dependencies(tst_fsma tracelot-cli)
target_compile_definitions(tst_fsma PRIVATE TRACELOT_CLI="$<TARGET_FILE:tracelot-cli>")
tracelot_add_unit_test(tst_recallreport)
target_link_libraries(tst_recallreport PRIVATE tracelot_reports)
# Benchmark: forward trace latency, recall report PDF, FSMA export (full size: --full).
add_executable(bench_trace ${CMAKE_CURRENT_SOURCE_DIR}/bench/bench_trace.cpp)
target_link_libraries(bench_trace PRIVATE tracelot_core tracelot_reports tracelot_warnings)
add_test(NAME bench_trace_smoke COMMAND bench_trace --lots 500 --moves 500 --customers 50 --shipments 500 --hot 60 --queries 5 --verify)
set_tests_properties(bench_trace_smoke PROPERTIES LABELS "bench;unit" ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=UTC;LC_ALL=C.UTF-8")
# End to end through the real commands: receive, split/merge, order to shipment, trace, recall, return.
tracelot_add_unit_test(tst_recall_e2e)
