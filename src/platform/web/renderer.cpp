// ImGui's draw lists on WebGL2 (see renderer.h). The state every draw needs (program, vertex
// array, blending, scissor) is set when the renderer is made and stays: nothing else draws.
#include "platform/web/renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

#include "imgui.h"

namespace {

// Positions in device pixels become clip space through u_xform (scale x, scale y, offset x,
// offset y). Colours arrive as four normalised bytes; the font texture is white luminance with
// the glyph's coverage as alpha, so texture × colour is all a glyph or a shape needs.
constexpr const char* kVertexShader = R"(#version 300 es
uniform vec4 u_xform;
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_pos * u_xform.xy + u_xform.zw, 0.0, 1.0);
}
)";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
out vec4 o_color;
void main() {
    o_color = v_color * texture(u_texture, v_uv);
}
)";

struct RendererState {
    GLuint program = 0;
    GLuint vertexArray = 0;
    GLuint vertexBuffer = 0;
    GLuint indexBuffer = 0;
    GLint xformLocation = -1;
    bool linkChecked = false;
    bool linked = false;
    GLuint boundTexture = 0;  // 0: unknown, bind before the next draw
};

RendererState g;

GLuint CompileShader(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);  // its status is not asked for: a failure shows at the link check
    return shader;
}

// Points the vertex array's attributes at the vertex buffer from `firstVertex` on, so that a draw
// list of more than 65,536 vertices can be drawn with 16-bit indices (ImGui's VtxOffset).
void PointAttributes(unsigned firstVertex) {
    const GLsizei stride = sizeof(ImDrawVert);
    const std::uintptr_t base = static_cast<std::uintptr_t>(firstVertex) * stride;
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          reinterpret_cast<const void*>(base + offsetof(ImDrawVert, col)));
}

// Once, at the first frame: by then the browser has had the whole start-up to compile.
bool CheckLink() {
    g.linkChecked = true;
    GLint status = GL_FALSE;
    glGetProgramiv(g.program, GL_LINK_STATUS, &status);
    g.linked = status == GL_TRUE;
    if (!g.linked) {
        char log[512] = {};
        glGetProgramInfoLog(g.program, sizeof log, nullptr, log);
        std::fprintf(stderr, "golmok: the drawing shaders did not link: %s\n", log);
        return false;
    }
    g.xformLocation = glGetUniformLocation(g.program, "u_xform");
    return true;
}

}  // namespace

namespace golmok::web {

void RendererInit() {
    g = RendererState{};
    g.program = glCreateProgram();
    const GLuint vs = CompileShader(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fs = CompileShader(GL_FRAGMENT_SHADER, kFragmentShader);
    glAttachShader(g.program, vs);
    glAttachShader(g.program, fs);
    glLinkProgram(g.program);
    // Flagged for deletion; they live as long as the program does.
    glDeleteShader(vs);
    glDeleteShader(fs);

    glGenVertexArrays(1, &g.vertexArray);
    glGenBuffers(1, &g.vertexBuffer);
    glGenBuffers(1, &g.indexBuffer);
    glBindVertexArray(g.vertexArray);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertexBuffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indexBuffer);
    for (GLuint i = 0; i < 3; ++i) glEnableVertexAttribArray(i);
    PointAttributes(0);

    glUseProgram(g.program);
    glActiveTexture(GL_TEXTURE0);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "golmok_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

void RendererTextureBindingChanged() {
    g.boundTexture = 0;
}

bool RendererDraw(const ImDrawData* data, unsigned clear) {
    if (!g.linkChecked && !CheckLink()) return false;
    if (!g.linked) return false;
    const int fbWidth = static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x);
    const int fbHeight = static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y);
    glViewport(0, 0, fbWidth, fbHeight);
    glScissor(0, 0, fbWidth, fbHeight);
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(clear);
    glClearColor(c.x, c.y, c.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (fbWidth <= 0 || fbHeight <= 0) return true;

    const ImVec2 pos = data->DisplayPos;
    const float sx = 2.0f / data->DisplaySize.x, sy = -2.0f / data->DisplaySize.y;
    glUniform4f(g.xformLocation, sx, sy, -1.0f - pos.x * sx, 1.0f - pos.y * sy);
    const ImVec2 scale = data->FramebufferScale;
    constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;

    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                     static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx), list->IdxBuffer.Data,
                     GL_STREAM_DRAW);
        unsigned vertexOffset = 0;
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                // The page adds none; should one appear, it runs and the state is ours again.
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x1 = (cmd.ClipRect.x - pos.x) * scale.x, y1 = (cmd.ClipRect.y - pos.y) * scale.y;
            const float x2 = (cmd.ClipRect.z - pos.x) * scale.x, y2 = (cmd.ClipRect.w - pos.y) * scale.y;
            if (x2 <= x1 || y2 <= y1) continue;
            glScissor(static_cast<GLint>(x1), static_cast<GLint>(fbHeight - y2),
                      static_cast<GLsizei>(x2 - x1), static_cast<GLsizei>(y2 - y1));
            const GLuint texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
            if (texture != g.boundTexture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                g.boundTexture = texture;
            }
            if (cmd.VtxOffset != vertexOffset) {
                vertexOffset = cmd.VtxOffset;
                PointAttributes(vertexOffset);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                           reinterpret_cast<const void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) *
                                                         sizeof(ImDrawIdx)));
        }
        if (vertexOffset != 0) PointAttributes(0);
    }
    return true;
}

}  // namespace golmok::web
