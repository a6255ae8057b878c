using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;
using LiteDB;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>Withdrawing an invitation rotates the shared-plan key; checked on the raw file, where a withdrawn invitee with database access would look.</summary>
public sealed class KeyRotationTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Withdraw_WhatTheWithdrawnInviteeKeptOpensNothingSavedAfter_TheOthersStillOpenIt()
    {
        var created = await _temp.CreateAsync();
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        var fatima = await _temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var kees = await _temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);
        // Fatima keeps everything her link gave her, read from a copy of the database while the link still worked.
        var (kek, oldKey) = ReadWithToken(fatima);
        Assert.NotNull(oldKey);

        var reopened = await _temp.Restart().OpenWithDeviceAsync(created.Device);
        owner = (await _temp.Shared.OpenAsOwnerAsync(reopened!))!;
        await _temp.Shared.WithdrawAsync(owner, fatima.Invitation.Id);
        await _temp.Shared.UpdateAsync(owner, e => e.PostMessage(plan.Goals[0].Id, "Na het intrekken"));

        _temp.Close();
        using (var db = new LiteDatabase(_temp.Options.DatabasePath))
        {
            var row = db.GetCollection("shared_plans").FindById(created.PlanId.Value);
            var content = new SealedBox(row["nonce"].AsBinary, row["ciphertext"].AsBinary);
            Assert.Null(SharedPlanCrypto.Decrypt(oldKey, content, created.PlanId));
            // Her KEK no longer leads anywhere: her row holds no key copies, and Kees's copy is under his own KEK.
            var withdrawn = db.GetCollection("invitations").FindById(fatima.Invitation.Id);
            Assert.True(withdrawn["inviteeKek"].IsNull && withdrawn["ownerKek"].IsNull && withdrawn["sharedKey"].IsNull);
            var keesRow = db.GetCollection("invitations").FindById(kees.Invitation.Id);
            var keesBinding = new InvitationBinding(kees.Invitation.Id, kees.Invitation.ParticipantId, InvitationRole.Read, kees.Invitation.ExpiresUtc);
            Assert.Null(SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, new SealedBox(keesRow["sharedKeyNonce"].AsBinary, keesRow["sharedKey"].AsBinary),
                created.PlanId, keesBinding));
        }
        _temp.Restart();
        var stillWorks = Assert.IsType<InvitationOpenResult.Opened>(await _temp.Shared.OpenWithInvitationAsync(kees.Token.Value));
        Assert.Equal("Na het intrekken", (await _temp.Shared.LoadAsync(stillWorks.Session))!.Goals[0].Messages[^1].Text);
    }

    [Fact]
    public async Task Withdraw_RemovesTheKeyCopiesFromTheFile_AndTheTokenIsNotStored()
    {
        var created = await _temp.CreateAsync();
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await _temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);

        await _temp.Shared.WithdrawAsync(owner, invitation.Invitation.Id);

        _temp.Restart();
        _temp.Close();
        using var db = new LiteDatabase(_temp.Options.DatabasePath);
        var row = db.GetCollection("invitations").FindById(invitation.Invitation.Id);
        Assert.True(row["inviteeKek"].IsNull && row["ownerKek"].IsNull && row["sharedKey"].IsNull);
        Assert.NotEqual(invitation.Token.Value, row["tokenHash"].AsString);
    }

    [Fact]
    public async Task RoleEditedInDatabase_ReaderToContributor_LinkStopsWorking()
    {
        var created = await _temp.CreateAsync();
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await _temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);
        _temp.Close();
        using (var db = new LiteDatabase(_temp.Options.DatabasePath))
        {
            var invitations = db.GetCollection("invitations");
            var row = invitations.FindById(invitation.Invitation.Id);
            row["role"] = nameof(InvitationRole.Contribute);
            invitations.Update(row);
        }
        _temp.Restart();

        Assert.IsType<InvitationOpenResult.Unknown>(await _temp.Shared.OpenWithInvitationAsync(invitation.Token.Value));
    }

    [Fact]
    public async Task ExpiryEditedInDatabase_LinkStopsWorking()
    {
        var created = await _temp.CreateAsync();
        var plan = _temp.SharedPlan(created);
        var owner = await _temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await _temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Kees"), InvitationRole.Read, null);
        _temp.Close();
        using (var db = new LiteDatabase(_temp.Options.DatabasePath))
        {
            var invitations = db.GetCollection("invitations");
            var row = invitations.FindById(invitation.Invitation.Id);
            row["expiresTicks"] = row["expiresTicks"].AsInt64 + TimeSpan.FromDays(3650).Ticks;
            invitations.Update(row);
        }
        _temp.Restart();

        Assert.IsType<InvitationOpenResult.Unknown>(await _temp.Shared.OpenWithInvitationAsync(invitation.Token.Value));
    }

    /// <summary>What the token opens in the raw file: the invitation's KEK and the shared-plan key under it.</summary>
    private (byte[] Kek, byte[] SharedKey) ReadWithToken(InvitationCreated invitation)
    {
        _temp.Close();
        using var db = new LiteDatabase(_temp.Options.DatabasePath);
        var row = db.GetCollection("invitations").FindById(invitation.Invitation.Id);
        var id = new PlanId(row["planId"].AsString);
        var kek = SharedPlanCrypto.UnwrapKekForInvitee(invitation.Token, new SealedBox(row["inviteeKekNonce"].AsBinary, row["inviteeKek"].AsBinary), id, invitation.Invitation.Id)!;
        var binding = new InvitationBinding(invitation.Invitation.Id, invitation.Invitation.ParticipantId, invitation.Invitation.Role, invitation.Invitation.ExpiresUtc);
        var sharedKey = SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, new SealedBox(row["sharedKeyNonce"].AsBinary, row["sharedKey"].AsBinary), id, binding)!;
        return (kek, sharedKey);
    }
}
