"""kg: knowledge graphs from Arabic news.

Importing the package is cheap: it loads no model and never touches torch or the
parts of camel_tools that reach the network.
"""

__version__ = "0.1.0"
