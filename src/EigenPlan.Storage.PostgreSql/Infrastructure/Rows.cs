using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Transfer;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// The tables' columns in one place: the column list each SELECT reads (in this order), how a row is read back, and the
/// values an INSERT writes. A sealed box is two columns: its nonce and its ciphertext.
/// </summary>
internal static class Rows
{
    public const string PlanColumns = "id, salt, iterations, verifier, key_nonce, wrapped_key, nonce, ciphertext, version, created_utc, updated_utc";

    public static PlanRow Plan(NpgsqlDataReader r) => new(
        new PlanId(r.GetString(0)), r.GetFieldValue<byte[]>(1), r.GetInt32(2), r.GetFieldValue<byte[]>(3),
        Box(r, 4)!, Box(r, 6)!, r.GetInt64(8), r.Time(9), r.Time(10));

    public static object?[] Values(PlanRow p) =>
        [p.Id.Value, p.Salt, p.Iterations, p.Verifier, p.WrappedKey.Nonce, p.WrappedKey.Ciphertext, p.Content.Nonce, p.Content.Ciphertext,
         p.Version, p.CreatedUtc, p.UpdatedUtc];

    public const string DeviceColumns =
        "id, plan_id, verifier, key_nonce, wrapped_key, label_nonce, label, shared, created_utc, last_used_utc, expires_utc";

    public static DeviceRow Device(NpgsqlDataReader r) => new(
        r.GetString(0), new PlanId(r.GetString(1)), r.GetFieldValue<byte[]>(2), Box(r, 3)!, Box(r, 5)!, r.GetBoolean(7),
        r.Time(8), r.Time(9), r.Time(10));

    public static object?[] Values(DeviceRow d) =>
        [d.Id, d.PlanId.Value, d.Verifier, d.WrappedKey.Nonce, d.WrappedKey.Ciphertext, d.Label.Nonce, d.Label.Ciphertext, d.Shared,
         d.CreatedUtc, d.LastUsedUtc, d.ExpiresUtc];

    public const string SharedPlanColumns = "plan_id, key_nonce, wrapped_key, nonce, ciphertext, created_utc, updated_utc";

    public static SharedPlanRow SharedPlan(NpgsqlDataReader r) =>
        new(new PlanId(r.GetString(0)), Box(r, 1)!, Box(r, 3)!, r.Time(5), r.Time(6));

    public static object?[] Values(SharedPlanRow s) =>
        [s.PlanId.Value, s.WrappedKey.Nonce, s.WrappedKey.Ciphertext, s.Content.Nonce, s.Content.Ciphertext, s.CreatedUtc, s.UpdatedUtc];

    public const string InvitationColumns =
        "id, plan_id, token_hash, participant_id, role, created_utc, expires_ticks, withdrawn_utc, last_used_utc, "
        + "invitee_kek_nonce, invitee_kek, owner_kek_nonce, owner_kek, shared_key_nonce, shared_key";

    public static InvitationRow Invitation(NpgsqlDataReader r) => new(
        r.GetString(0), new PlanId(r.GetString(1)), r.GetString(2), r.GetString(3),
        // A role edited into something unknown gives a binding that no longer opens the key.
        Enum.TryParse<InvitationRole>(r.GetString(4), out var role) ? role : (InvitationRole)(-1),
        r.Time(5), r.IsDBNull(6) ? null : new DateTime(r.GetInt64(6), DateTimeKind.Utc), r.NullableTime(7), r.NullableTime(8),
        Box(r, 9), Box(r, 11), Box(r, 13));

    public static object?[] Values(InvitationRow i) =>
        [i.Id, i.PlanId.Value, i.TokenHash, i.ParticipantId, i.Role.ToString(), i.CreatedUtc, i.ExpiresUtc?.ToUniversalTime().Ticks,
         i.WithdrawnUtc, i.LastUsedUtc, i.InviteeKek?.Nonce, i.InviteeKek?.Ciphertext, i.OwnerKek?.Nonce, i.OwnerKek?.Ciphertext,
         i.SharedKey?.Nonce, i.SharedKey?.Ciphertext];

    public const string LogColumns =
        "id, plan_id, seq, time_utc, action, actor, role, invitation_id, client_hint, session_id, tombstone, prev_mac, mac";

    public static AccessLogEntry LogEntry(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        PlanId = r.GetString(1),
        Sequence = r.GetInt64(2),
        TimeUtc = r.Time(3),
        // A value edited into something unknown must not throw: it becomes a value whose MAC cannot match.
        Action = Enum.TryParse<AccessAction>(r.GetString(4), out var action) ? action : (AccessAction)(-1),
        Actor = r.GetString(5),
        Role = Enum.TryParse<AccessRole>(r.GetString(6), out var role) ? role : (AccessRole)(-1),
        InvitationId = r.NullableString(7),
        ClientHint = r.NullableString(8),
        SessionId = r.NullableString(9),
        Tombstone = r.GetBoolean(10),
        PreviousMac = r.GetString(11),
        Mac = r.GetString(12),
    };

    public static object?[] Values(AccessLogEntry e) =>
        [e.Id, e.PlanId, e.Sequence, e.TimeUtc, e.Action.ToString(), e.Actor, e.Role.ToString(), e.InvitationId, e.ClientHint, e.SessionId,
         e.Tombstone, e.PreviousMac, e.Mac];

    public const string HeadColumns = "plan_id, last_seq, last_mac, mac";

    public static AccessLogHead Head(NpgsqlDataReader r) => new(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3));

    public static object?[] Values(AccessLogHead h) => [h.PlanId, h.LastSequence, h.LastMac, h.Mac];

    /// <summary><c>$1, $2, … $n</c> for an INSERT of <paramref name="count"/> values.</summary>
    public static string Placeholders(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"${i}"));

    /// <summary>The box in columns <paramref name="nonce"/> and <paramref name="nonce"/>+1; null when either is NULL.</summary>
    public static SealedBox? Box(NpgsqlDataReader r, int nonce) =>
        r.IsDBNull(nonce) || r.IsDBNull(nonce + 1) ? null : new SealedBox(r.GetFieldValue<byte[]>(nonce), r.GetFieldValue<byte[]>(nonce + 1));
}
