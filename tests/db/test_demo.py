from __future__ import annotations

from sqlalchemy import func, select

from biox_desktop.db.models import Lead, Meeting, Organisation, Person


def test_demo_is_realistic_and_not_queued_for_a_server(workspace) -> None:
    assert workspace.seed_demo() is True
    with workspace.db.session() as s:
        kinds = dict(s.execute(select(Organisation.kind, func.count())
                               .group_by(Organisation.kind)).all())
        natives = set(s.scalars(select(Organisation.name_native)
                                .where(Organisation.name_native.is_not(None))))
        leads = s.scalar(select(func.count(Lead.id)))
        meetings = s.scalar(select(func.count(Meeting.id)))
        portuguese = s.scalar(select(func.count(Person.id)).where(Person.name.like("%ã%")))
    assert kinds["cluster"] == 4 and kinds["sme"] == 15
    # 40 foreign organisations, and 4 spelling variants for the merge queue.
    assert sum(v for k, v in kinds.items() if k not in ("cluster", "sme")) == 44
    scripts = {"ja": "株式会社", "zh": "有限公司", "ko": "제약"}
    for word in scripts.values():
        assert any(word in n for n in natives)
    assert leads >= 30 and meetings >= 20 and portuguese >= 1
    assert workspace.db.pending_changes() == 0
    assert workspace.identity.display_name == "Claire Martin"
    assert workspace.seed_demo() is False  # never twice
