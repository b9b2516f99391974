"""Mirror the directory from config/ into the database.

Directory fields are overwritten; runtime state (pauses, cooldowns, undeliverable
addresses) is kept. Entries removed from config are deactivated, never deleted,
because leads and timelines still refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mailbot.directory import Directory
from mailbot.directory import Organisation as OrgConfig
from mailbot.domain.calendar import WEEKLY_SUMMARY, next_send
from mailbot.store import models as m


@dataclass(frozen=True)
class SyncResult:
    organisations: int
    partners: int
    contacts: int
    managers: int


def sync_directory(session: Session, directory: Directory, now: datetime) -> SyncResult:
    # Parents first, so foreign keys hold on PostgreSQL within the transaction.
    for org in _parents_first(directory.organisations):
        _sync_org(session, org, now)
    session.flush()
    wanted = {o.id for o in directory.organisations}
    session.execute(update(m.Organisation).where(m.Organisation.id.not_in(wanted))
                    .values(active=False))
    partner_ids = {o.id for o in directory.partners}
    session.execute(update(m.Partner).where(m.Partner.id.not_in(partner_ids)).values(active=False))
    contact_keys = {c.key for o in directory.partners for c in o.contacts}
    session.execute(update(m.Contact).where(m.Contact.key.not_in(contact_keys))
                    .values(active=False))
    for manager in directory.managers:
        row = session.get(m.Manager, manager.id) or m.Manager(id=manager.id)
        row.name, row.email, row.role = manager.name, manager.email, manager.role
        row.organisation_id = manager.organisation
        row.scope = manager.scope.model_dump()
        row.language, row.timezone = manager.language, manager.timezone
        schedule = manager.digest.model_dump()
        if row.digest_unsubscribed_at is not None:  # their choice outlives a reload
            row.digest_due_at = None
        elif row.digest != schedule or row.digest_due_at is None:  # new or rescheduled
            row.digest_due_at = next_send(now, schedule, manager.timezone)
        row.digest, row.active = schedule, True
        session.add(row)
    session.execute(update(m.Manager)
                    .where(m.Manager.id.not_in({x.id for x in directory.managers}))
                    .values(active=False))
    session.flush()
    return SyncResult(len(wanted), len(partner_ids), len(contact_keys), len(directory.managers))


def _parents_first(orgs: list[OrgConfig]) -> list[OrgConfig]:
    by_id = {o.id: o for o in orgs}

    def depth(o: OrgConfig) -> int:
        d = 0
        while o.parent and o.parent in by_id and d < len(orgs):
            o, d = by_id[o.parent], d + 1
        return d

    return sorted(orgs, key=depth)


def _sync_org(session: Session, org: OrgConfig, now: datetime) -> None:
    row = session.get(m.Organisation, org.id) or m.Organisation(id=org.id)
    row.name, row.kind, row.parent_id, row.active = org.name, org.kind, org.parent, True
    session.add(row)
    if not org.is_partner:
        return
    session.flush()
    p = session.get(m.Partner, org.id) or m.Partner(id=org.id)
    p.partner_type, p.roles, p.level = org.partner_type, list(org.roles), org.level
    p.skills, p.certifications = list(org.skills), list(org.certifications)
    p.countries, p.postal_prefixes = list(org.region.countries), list(org.region.postal_prefixes)
    p.lat, p.lon, p.capacity = org.region.lat, org.region.lon, org.capacity
    p.language, p.timezone, p.managers = org.language, org.timezone, list(org.managers)
    p.active = True
    session.add(p)
    session.flush()
    for contact in org.contacts:
        _sync_contact(session, org, contact, now)


def _sync_contact(session: Session, org: OrgConfig, contact, now: datetime) -> None:
    row = session.scalar(select(m.Contact).where(m.Contact.key == contact.key))
    if row is None:
        row = m.Contact(key=contact.key)
        session.add(row)
    row.partner_id, row.name, row.role = org.id, contact.name, contact.role
    row.language, row.timezone, row.active = contact.language, contact.timezone, True
    if contact.summary == "never" or row.summary_unsubscribed_at is not None:
        row.summary_due_at = None
    elif row.summary_due_at is None:  # opted in: Monday mornings in their timezone
        row.summary_due_at = next_send(now, WEEKLY_SUMMARY,
                                       contact.timezone or org.timezone or "UTC")
    existing = {a.email: a for a in row.addresses}
    for email in contact.emails:
        if email not in existing:
            # The address may have belonged to another contact before this reload.
            old = session.scalar(select(m.ContactAddress).where(m.ContactAddress.email == email))
            if old is not None:
                session.delete(old)
                session.flush()
            row.addresses.append(m.ContactAddress(email=email))
    for email, addr in existing.items():
        if email not in contact.emails:
            row.addresses.remove(addr)
