import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_ARTICLE = SHARED / "seed" / "nagorno-karabakh-ceasefire-talks.txt"


@pytest.fixture
def conflict(db):
    from conflicts.models import Conflict

    return Conflict.objects.create(name="Nagorno-Karabakh war, 2020", slug="nk-2020", summary="Six weeks of war.")


@pytest.fixture
def editors(db):
    """The Editors group of the migration; transactional tests flush it, so recreate it then."""
    group, created = Group.objects.get_or_create(name="Editors")
    if created:
        group.permissions.add(*Permission.objects.filter(codename__in=["review_proposal", "add_article"]))
    return group


@pytest.fixture
def editor(editors):
    user = User.objects.create_user("alice", password="alice-password")
    user.groups.add(editors)
    return user


@pytest.fixture
def reader(db):
    return User.objects.create_user("bob", password="bob-password")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def article(conflict, editor):
    from conflicts.importing import import_article

    text = (
        "MOSCOW — Azerbaijan and Armenia agreed on Friday to attend cease-fire talks in Moscow, "
        "the Russian Foreign Ministry said.\n\n"
        "The fighting flared late last month. The escalation began on Sept. 27 when Azerbaijan launched an offensive."
    )
    return import_article(
        conflict=conflict, title="Warring sides agree to talks", outlet="Demo Desk",
        url="https://news.example/2020/10/09/talks", published=datetime.date(2020, 10, 9), text=text, by=editor,
    ).article


@pytest.fixture
def seed_text():
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/seed is not available on this machine")
    return SEED_ARTICLE.read_text(encoding="utf-8")
