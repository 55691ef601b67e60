package org.pvdm.ui.app;

import org.pvdm.host.CredentialPrompt;
import org.pvdm.switching.BackupStore;
import org.pvdm.ui.common.DialogService;
import org.pvdm.ui.common.Settings;
import org.pvdm.ui.common.TaskRunner;
import org.pvdm.ui.hosts.HostOpener;

/** The services every view model gets; the app builds the real ones, tests their own. */
public record AppContext(TaskRunner runner, DialogService dialogs, Settings settings, HostOpener opener,
                         CredentialPrompt prompt, BackupStore backups) {}
