"""Developer tools that live beside the product but are not installed with it."""
