"""The store operating loop (issue 12 item 3): event -> rules + context -> task -> completion checked -> metrics.

One job per module: ``events`` (what is recorded and scanned for), ``context`` (sales velocity, back-room stock,
opening hours), ``rules`` (event + context -> a task plan with priority and due time), ``tasks`` (task states, each
change recorded), ``loop`` (runs the steps: after a shelf photo, after a scan), ``metrics`` (hours out of stock, time
to restock, estimated lost sales), ``tool`` (the manager-only typed tools).
"""
