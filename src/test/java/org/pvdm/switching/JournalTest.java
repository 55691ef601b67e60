package org.pvdm.switching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvdm.model.classify.DeviceKind;
import org.pvdm.model.convert.Change;

/** The journal keeps what it needs, never a password, and never goes through a symlinked folder. */
class JournalTest {
    @TempDir
    Path tmp;

    private static Journal.Entry entry(String uri) {
        return new Journal.Entry(uri, "11111111-2222-3333-4444-555555555555", "web1", "20261130T030000.000Z",
                "sha256:00", Instant.parse("2026-11-30T03:00:00Z"),
                List.of(new Change("hda", DeviceKind.DISK, "ide hda", "virtio vda", "a reason\nover two lines")),
                "<domain>\n  <name>web1</name>\n</domain>\n");
    }

    @Test
    void anEntryComesBackWholeWithoutThePassword() throws Exception {
        Journal j = new Journal(tmp.resolve("journal"));
        j.begin(entry("qemu+ssh://root:s3cret@h/system"));
        Journal.Entry back = j.pending().get(0);
        assertEquals("qemu+ssh://root@h/system", back.uri());
        assertEquals(entry("x").changes(), back.changes());
        assertEquals(entry("x").newXml(), back.newXml());
        try (var files = Files.list(j.dir())) {
            for (Path f : files.toList()) {
                assertTrue(!Files.readString(f).contains("s3cret"), f.toString());
            }
        }
        j.end("qemu+ssh://root:s3cret@h/system", back.uuid());
        assertEquals(List.of(), j.pending());
    }

    @Test
    void aSymlinkedJournalFolderIsRefused() throws Exception {
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(tmp.resolve("journal"), elsewhere);
        Journal j = new Journal(tmp.resolve("journal"));
        assertThrows(IOException.class, () -> j.begin(entry("qemu:///system")));
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written through the link");
        }
    }

    @Test
    void anEntryWithControlCharactersIsNeverShown() throws Exception {
        Journal j = new Journal(tmp.resolve("journal"));
        Journal.Entry e = entry("qemu:///system");
        j.begin(new Journal.Entry(e.uri(), e.uuid(), "web1\u001b[2J\u001b]0;owned\u0007", e.backupId(), e.base(),
                e.started(), e.changes(), e.newXml()));
        assertEquals(List.of(), j.pending(), "an entry that would write escape sequences to a terminal is skipped");
        j.begin(entry("qemu:///system"));
        assertEquals(1, j.pending().size(), "a clean entry still comes back");
    }
}
