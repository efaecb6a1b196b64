import os

# Tests run with DEBUG on and a throwaway key; production settings are tested explicitly.
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-secret-key")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
