"""Pieces of the screen shared by the pages: plain text, inputs, the scenario form, charts."""
