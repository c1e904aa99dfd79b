"""Ways to run the per-document stages of a build somewhere other than this process."""
