// Draws ImGui's draw lists with WebGL2. The page's GL context belongs to this renderer alone (the
// font upload in atlas_gl only binds its texture), so the pipeline state is set once when the
// renderer is made and never read back: no glGet* or glIsEnabled per frame, each of which would
// wait for the browser's GPU process.
#pragma once

struct ImDrawData;

namespace golmok::web {

// Compiles the shaders and makes the buffers, without waiting for the compiler: the link status
// is read at the first frame, by when the browser has compiled in parallel. Call again after a
// lost context is restored (everything on the GPU died with it).
void RendererInit();

// Clears the canvas to `clear` (0xAABBGGRR as ImGui packs colours) and draws `data`. False when
// the shaders did not link, which the caller reports as a page without WebGL.
bool RendererDraw(const ImDrawData* data, unsigned clear);

// The texture unit's binding changed behind the renderer's back (a font upload).
void RendererTextureBindingChanged();

}  // namespace golmok::web
