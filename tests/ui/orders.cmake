# Orders & picking, returns (issue 5): view models on a real database with the demo data.
tracelot_add_ui_test(tst_ordersviewmodel)
# The pick screen driven by key events (links the QML module like tst_pages).
tracelot_add_ui_test(tst_orderspage)
target_link_libraries(tst_orderspage PRIVATE tracelot_uiplugin tracelot_qml tracelot_qmlplugin Qt6::Quick Qt6::QuickControls2)
