package io.partneracademy.labs;

import jakarta.inject.Singleton;

/** Loads the version of a track in force. */
@Singleton
class Tracks {

    private final TrackRepository tracks;

    Tracks(TrackRepository tracks) {
        this.tracks = tracks;
    }

    LoadedTrack current(String trackId) {
        LabTrack track = tracks.findById(trackId).orElseThrow(() -> new LabTrackNotFoundException(trackId));
        return version(trackId, track.currentVersion());
    }

    LoadedTrack version(String trackId, int version) {
        TrackVersionRow row = tracks.findVersion(trackId, version)
                .orElseThrow(() -> new LabTrackNotFoundException(trackId));
        return new LoadedTrack(row, tracks.findTasks(trackId, version));
    }
}
