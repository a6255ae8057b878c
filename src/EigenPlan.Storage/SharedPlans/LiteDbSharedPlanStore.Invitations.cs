using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage;

// Invitations: make one (90 days unless the owner chooses), extend one, withdraw one (which rotates the shared-plan key).
public sealed partial class LiteDbSharedPlanStore
{
    public Task<InvitationCreated> InviteAsync(SharedPlanSession owner, string participantId, InvitationRole role, DateTime? expiresUtc,
        CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role));
        }
        return Task.FromResult(_database.Write("invite", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            var key = CurrentKey(s, now) ?? throw new PlanNotFoundException(s.PlanId);
            var plan = Decrypt(s, key, Shared.FindPlan(s.PlanId)!);
            if (plan.FindParticipant(participantId) is not { Kind: not ParticipantKind.Resident })
            {
                throw new ArgumentException("Invite a participant of this plan other than its owner.", nameof(participantId));
            }
            var expires = expiresUtc?.ToUniversalTime() ?? now + Invitation.DefaultLifetime;
            if (expires <= now)
            {
                throw new ArgumentException("An invitation must expire in the future.", nameof(expiresUtc));
            }
            var token = InvitationToken.Generate();
            var id = Guid.NewGuid().ToString("N")[..16];
            var kek = SharedPlanCrypto.NewKek();
            var invitation = new InvitationRecord(id, s.PlanId, token.ComputeHash(), participantId, role, now, expires, null, null, null, null, null);
            invitation = invitation with
            {
                InviteeKek = SharedPlanCrypto.WrapKekForInvitee(token, kek, s.PlanId, id),
                OwnerKek = SharedPlanCrypto.WrapKekForOwner(s.PlanKey!, kek, s.PlanId, id),
                SharedKey = SharedPlanCrypto.WrapSharedKeyForInvitation(kek, key, s.PlanId, invitation.Binding),
            };
            Shared.Invitations.Insert(invitation.ToDocument());
            _database.Log.Append(SharedDraft(s, AccessAction.Invited, SharedPlanLogHints.SharedPlan) with { InvitationId = id }, now);
            return new InvitationCreated(invitation.ToInvitation(), token);
        }));
    }

    public Task<bool> ExtendInvitationAsync(SharedPlanSession owner, string invitationId, DateTime newExpiresUtc, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        var expires = newExpiresUtc.ToUniversalTime();
        return Task.FromResult(_database.Write("extend an invitation", s.PlanId, () =>
        {
            var now = _database.UtcNow();
            if (expires <= now)
            {
                throw new ArgumentException("An invitation must expire in the future.", nameof(newExpiresUtc));
            }
            var invitation = Shared.FindInvitation(invitationId);
            if (invitation is not { WithdrawnUtc: null, OwnerKek: { } ownerKek } || invitation.PlanId != s.PlanId
                || CurrentKey(s, now) is not { } key
                || SharedPlanCrypto.UnwrapKekForOwner(s.PlanKey!, ownerKek, s.PlanId, invitation.Id) is not { } kek)
            {
                return false;
            }
            // The expiry is bound into the wrap of the shared key, so it is wrapped again with the new date.
            var extended = invitation with { ExpiresUtc = expires };
            extended = extended with { SharedKey = SharedPlanCrypto.WrapSharedKeyForInvitation(kek, key, s.PlanId, extended.Binding) };
            Shared.Invitations.Update(extended.ToDocument());
            _database.Log.Append(SharedDraft(s, AccessAction.InvitationExtended, SharedPlanLogHints.SharedPlan) with { InvitationId = invitation.Id }, now);
            return true;
        }));
    }

    public Task<bool> WithdrawAsync(SharedPlanSession owner, string invitationId, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Withdraw);
        return Task.FromResult(_database.Write("withdraw an invitation", s.PlanId, () =>
        {
            var invitation = Shared.FindInvitation(invitationId);
            if (invitation is null || invitation.PlanId != s.PlanId || invitation.WithdrawnUtc is not null)
            {
                return false;
            }
            var now = _database.UtcNow();
            if (CurrentKey(s, now) is not { } oldKey || Shared.FindPlan(s.PlanId) is not { } record)
            {
                return false;
            }
            Shared.Invitations.Update(invitation.Withdrawn(now).ToDocument());
            Shared.DeleteRecipientsOfInvitation(invitation.Id);
            RotateSharedKey(s, oldKey, record, now);
            _database.Log.Append(SharedDraft(s, AccessAction.InvitationWithdrawn, SharedPlanLogHints.SharedPlan) with { InvitationId = invitation.Id }, now);
            return true;
        }));
    }

    /// <summary>
    /// A new shared-plan key: the plan re-encrypted under it, the owner's copy re-wrapped under the plan key, and for each
    /// invitation not withdrawn a new wrap under its KEK (recovered through the owner's copy). Callers hold the write lock.
    /// </summary>
    private void RotateSharedKey(LiteDbSharedPlanSession owner, byte[] oldKey, SharedPlanRecord record, DateTime now)
    {
        var plan = Decrypt(owner, oldKey, record);
        var newKey = SharedPlanCrypto.NewSharedKey();
        Shared.Plans.Update((record with
        {
            WrappedKey = SharedPlanCrypto.WrapSharedKey(owner.PlanKey!, newKey, owner.PlanId),
            Content = SharedPlanCrypto.Encrypt(newKey, SharedPlanJson.ToUtf8Json(plan), owner.PlanId),
            UpdatedUtc = now,
        }).ToDocument());
        foreach (var invitation in Shared.InvitationsOf(owner.PlanId).Where(i => i.WithdrawnUtc is null))
        {
            var kek = invitation.OwnerKek is { } box ? SharedPlanCrypto.UnwrapKekForOwner(owner.PlanKey!, box, owner.PlanId, invitation.Id) : null;
            // A copy that no longer opens (changed in the database) gets no new key: that link stops working.
            Shared.Invitations.Update((invitation with
            {
                SharedKey = kek is null ? null : SharedPlanCrypto.WrapSharedKeyForInvitation(kek, newKey, owner.PlanId, invitation.Binding),
            }).ToDocument());
        }
    }
}
