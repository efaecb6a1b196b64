"""Take the README's screenshot of a running server: python scripts/screenshot.py [BASE_URL] [OUT.png]"""

import sys

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


def main(base_url: str = "http://127.0.0.1:8000", out: str = "docs/screenshot.png") -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(f"{base_url}/conflicts/nagorno-karabakh-2020/")
        page.screenshot(path=out)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
