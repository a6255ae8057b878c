using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

// Invitations: make one (90 days unless the owner chooses), extend one, withdraw one (which rotates the shared-plan key).
public sealed partial class PostgreSqlSharedPlanStore
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
        return _database.WriteAsync("invite", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken);
            if (await CurrentKeyAsync(c, s, now, cancellationToken) is not ({ } key, { } record))
            {
                throw new PlanNotFoundException(s.PlanId);
            }
            var plan = Decrypt(s, key, record);
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
            var invitation = new InvitationRow(id, s.PlanId, token.ComputeHash(), participantId, role, now, expires, null, null, null, null, null);
            invitation = invitation with
            {
                InviteeKek = SharedPlanCrypto.WrapKekForInvitee(token, kek, s.PlanId, id),
                OwnerKek = SharedPlanCrypto.WrapKekForOwner(s.PlanKey!, kek, s.PlanId, id),
                SharedKey = SharedPlanCrypto.WrapSharedKeyForInvitation(kek, key, s.PlanId, invitation.Binding),
            };
            await InsertInvitationAsync(c, invitation, cancellationToken);
            await _database.Log.AppendAsync(c, SharedDraft(s, AccessAction.Invited, SharedPlanLogHints.SharedPlan) with { InvitationId = id }, now,
                cancellationToken);
            return new InvitationCreated(invitation.ToInvitation(), token);
        }, cancellationToken);
    }

    public Task<bool> ExtendInvitationAsync(SharedPlanSession owner, string invitationId, DateTime newExpiresUtc, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Invite);
        var expires = newExpiresUtc.ToUniversalTime();
        return _database.WriteAsync("extend an invitation", s.PlanId, async c =>
        {
            var now = _database.UtcNow();
            if (expires <= now)
            {
                throw new ArgumentException("An invitation must expire in the future.", nameof(newExpiresUtc));
            }
            await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken);
            var invitation = await FindInvitationAsync(c, invitationId, cancellationToken);
            if (invitation is not { WithdrawnUtc: null, OwnerKek: { } ownerKek } || invitation.PlanId != s.PlanId
                || await CurrentKeyAsync(c, s, now, cancellationToken) is not ({ } key, { })
                || SharedPlanCrypto.UnwrapKekForOwner(s.PlanKey!, ownerKek, s.PlanId, invitation.Id) is not { } kek)
            {
                return false;
            }
            // The expiry is bound into the wrap of the shared key, so it is wrapped again with the new date.
            var extended = invitation with { ExpiresUtc = expires };
            extended = extended with { SharedKey = SharedPlanCrypto.WrapSharedKeyForInvitation(kek, key, s.PlanId, extended.Binding) };
            await UpdateInvitationAsync(c, extended, cancellationToken);
            await _database.Log.AppendAsync(c, SharedDraft(s, AccessAction.InvitationExtended, SharedPlanLogHints.SharedPlan) with { InvitationId = invitation.Id },
                now, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<bool> WithdrawAsync(SharedPlanSession owner, string invitationId, CancellationToken cancellationToken = default)
    {
        var s = OwnShared(owner);
        s.Role.Demand(SharedPlanRight.Withdraw);
        return _database.WriteAsync("withdraw an invitation", s.PlanId, async c =>
        {
            await PostgreSqlDatabase.LockPlanAsync(c, s.PlanId, cancellationToken);
            var invitation = await FindInvitationAsync(c, invitationId, cancellationToken);
            if (invitation is null || invitation.PlanId != s.PlanId || invitation.WithdrawnUtc is not null)
            {
                return false;
            }
            var now = _database.UtcNow();
            if (await CurrentKeyAsync(c, s, now, cancellationToken) is not ({ } oldKey, { } record))
            {
                return false;
            }
            await UpdateInvitationAsync(c, invitation.Withdrawn(now), cancellationToken);
            await c.ExecuteAsync("DELETE FROM evaluation_notices WHERE recipient_id IN (SELECT recipient_id FROM notification_recipients WHERE invitation_id = $1)",
                [invitation.Id], cancellationToken);
            await c.ExecuteAsync("DELETE FROM notification_recipients WHERE invitation_id = $1", [invitation.Id], cancellationToken);
            await RotateSharedKeyAsync(c, s, oldKey, record, now, cancellationToken);
            await _database.Log.AppendAsync(c, SharedDraft(s, AccessAction.InvitationWithdrawn, SharedPlanLogHints.SharedPlan) with { InvitationId = invitation.Id },
                now, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// A new shared-plan key: the plan re-encrypted under it, the owner's copy re-wrapped under the plan key, and for each
    /// invitation not withdrawn a new wrap under its KEK (recovered through the owner's copy). Callers hold the plan's lock.
    /// </summary>
    private static async Task RotateSharedKeyAsync(NpgsqlConnection c, PostgreSqlSharedPlanSession owner, byte[] oldKey, SharedPlanRow record, DateTime now,
        CancellationToken cancellationToken)
    {
        var plan = Decrypt(owner, oldKey, record);
        var newKey = SharedPlanCrypto.NewSharedKey();
        var wrapped = SharedPlanCrypto.WrapSharedKey(owner.PlanKey!, newKey, owner.PlanId);
        var content = SharedPlanCrypto.Encrypt(newKey, SharedPlanJson.ToUtf8Json(plan), owner.PlanId);
        await c.ExecuteAsync("UPDATE shared_plans SET key_nonce = $2, wrapped_key = $3, nonce = $4, ciphertext = $5, updated_utc = $6 WHERE plan_id = $1",
            [owner.PlanId.Value, wrapped.Nonce, wrapped.Ciphertext, content.Nonce, content.Ciphertext, now], cancellationToken);
        foreach (var invitation in (await InvitationsOfAsync(c, owner.PlanId, cancellationToken)).Where(i => i.WithdrawnUtc is null))
        {
            var kek = invitation.OwnerKek is { } box ? SharedPlanCrypto.UnwrapKekForOwner(owner.PlanKey!, box, owner.PlanId, invitation.Id) : null;
            // A copy that no longer opens (changed in the database) gets no new key: that link stops working.
            await UpdateInvitationAsync(c, invitation with
            {
                SharedKey = kek is null ? null : SharedPlanCrypto.WrapSharedKeyForInvitation(kek, newKey, owner.PlanId, invitation.Binding),
            }, cancellationToken);
        }
    }

    private static Task<int> InsertInvitationAsync(NpgsqlConnection c, InvitationRow invitation, CancellationToken cancellationToken) =>
        c.ExecuteAsync($"INSERT INTO invitations ({Rows.InvitationColumns}) VALUES ({Rows.Placeholders(15)})", Rows.Values(invitation), cancellationToken);

    /// <summary>Writes every column but the id (a whole-row update, as the LiteDB provider's).</summary>
    private static Task<int> UpdateInvitationAsync(NpgsqlConnection c, InvitationRow invitation, CancellationToken cancellationToken) =>
        c.ExecuteAsync(
            "UPDATE invitations SET plan_id = $2, token_hash = $3, participant_id = $4, role = $5, created_utc = $6, expires_ticks = $7, "
            + "withdrawn_utc = $8, last_used_utc = $9, invitee_kek_nonce = $10, invitee_kek = $11, owner_kek_nonce = $12, owner_kek = $13, "
            + "shared_key_nonce = $14, shared_key = $15 WHERE id = $1",
            Rows.Values(invitation), cancellationToken);
}
