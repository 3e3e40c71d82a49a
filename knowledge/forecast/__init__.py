"""Demand forecasting: the statsforecast engine (``engine``) and its store side (``store``: sales in, forecasts out)."""
